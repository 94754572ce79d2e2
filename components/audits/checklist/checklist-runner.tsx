"use client";
// The daftar periksa on a tablet during interviews: large answer buttons, each answer saved at once;
// an answer the server has not confirmed is kept in localStorage and sent again after a reload or
// when the connection returns, with an indicator "tersimpan / menunggu koneksi".
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { Checkbox, Select } from "@/components/ui";
import type { ChecklistAnswer } from "@/lib/db/generated/enums";
import { answerChecklistItemAction } from "@/lib/audits/checklist-actions";

import type { AnswerInput } from "@/lib/audits/checklist-schema";
import type { ChecklistPage } from "@/lib/audits/checklist-types";
import { afterSaved, readQueue, writeQueue, type PendingAnswers } from "./answer-queue";
import { ChecklistItemCard, type ItemState } from "./checklist-item-card";
import { itemVisible, NO_FILTER, type ItemFilter } from "./item-filter";
import styles from "./checklist.module.css";

const RETRY_MS = 15_000;

function initialStates(page: ChecklistPage): Record<string, ItemState> {
  return Object.fromEntries(
    page.items.map((i) => [i.id, { version: i.version, answer: i.answer, finding: i.finding, error: null }]),
  );
}

export function ChecklistRunner({ page }: { page: ChecklistPage }) {
  const auditId = page.audit.id;
  const [states, setStates] = useState<Record<string, ItemState>>(() => initialStates(page));
  const [queue, setQueue] = useState<PendingAnswers>({});
  const [offline, setOffline] = useState(false);
  // Until the browser's stored answers are read, "tersimpan" would be a claim not yet checked.
  const [checked, setChecked] = useState(false);
  const queueRef = useRef<PendingAnswers>({});
  const flushing = useRef(false);

  const saveQueue = useCallback(
    (next: PendingAnswers) => {
      queueRef.current = next;
      setQueue(next);
      writeQueue(window.localStorage, auditId, next);
    },
    [auditId],
  );

  // A refresh after an edit or reorder brings newer rows: take what the server has moved on.
  useEffect(() => {
    setStates((current) => {
      const next = { ...current };
      for (const item of page.items) {
        const mine = current[item.id];
        if (!mine || item.version > mine.version) next[item.id] = { version: item.version, answer: item.answer, finding: item.finding, error: null };
      }
      return next;
    });
  }, [page.items]);

  const flush = useCallback(async () => {
    if (flushing.current) return;
    flushing.current = true;
    try {
      for (;;) {
        const [sent] = Object.values(queueRef.current);
        if (!sent) break;
        let result: Awaited<ReturnType<typeof answerChecklistItemAction>>;
        try {
          result = await answerChecklistItemAction(sent);
        } catch {
          setOffline(true);
          break;
        }
        if (!result.ok && result.reason === "UNAVAILABLE") {
          setOffline(true);
          break;
        }
        setOffline(false);
        if (result.ok) {
          const saved = result.data;
          saveQueue(afterSaved(queueRef.current, sent, saved.version));
          setStates((s) => ({ ...s, [sent.id]: { ...s[sent.id], version: saved.version, finding: saved.finding ? { ...saved.finding, status: s[sent.id]?.finding?.status ?? "TERBUKA" } : s[sent.id]?.finding ?? null, error: null } }));
        } else {
          // Refused (locked, no longer assigned, changed by someone else): the answer is not kept.
          const { [sent.id]: _dropped, ...rest } = queueRef.current;
          saveQueue(rest);
          setStates((s) => ({ ...s, [sent.id]: { ...s[sent.id], error: result.ok ? null : result.message } }));
        }
      }
    } finally {
      flushing.current = false;
    }
  }, [saveQueue]);

  // Answers left from before a reload or a lost connection are shown and sent again.
  useEffect(() => {
    const left = readQueue(window.localStorage, auditId);
    if (Object.keys(left).length > 0) {
      queueRef.current = left;
      setQueue(left);
      setStates((s) => {
        const next = { ...s };
        for (const a of Object.values(left)) if (next[a.id]) next[a.id] = { ...next[a.id], answer: a.answer as ChecklistAnswer };
        return next;
      });
      void flush();
    }
    setChecked(true);
    const online = () => void flush();
    window.addEventListener("online", online);
    const timer = window.setInterval(() => {
      if (Object.keys(queueRef.current).length > 0) void flush();
    }, RETRY_MS);
    return () => {
      window.removeEventListener("online", online);
      window.clearInterval(timer);
    };
  }, [auditId, flush]);

  const submit = (input: AnswerInput) => {
    setStates((s) => ({ ...s, [input.id]: { ...s[input.id], answer: input.answer as ChecklistAnswer, error: null } }));
    saveQueue({ ...queueRef.current, [input.id]: input });
    void flush();
  };

  const [filter, setFilter] = useState<ItemFilter>(NO_FILTER);
  const sopTitles = useMemo(() => [...new Set(page.items.map((i) => i.sopTitle).filter((t): t is string => t !== null))].sort(), [page.items]);
  const pending = Object.keys(queue).length;
  const answered = Object.values(states).filter((s) => s.answer !== null).length;
  return (
    <div className="stack-lg">
      <div className={styles.status}>
        <span>
          {answered} dari {page.items.length} butir dijawab
        </span>
        <span role="status" className={pending === 0 ? styles.saved : styles.waiting}>
          {!checked ? "Memeriksa jawaban yang belum terkirim…" : pending === 0 ? "Semua jawaban tersimpan" : offline ? `${pending} jawaban menunggu koneksi` : `Menyimpan ${pending} jawaban…`}
        </span>
      </div>
      <div className={styles.filters} role="search" aria-label="Saring butir">
        {page.units.length > 1 && (
          <Select aria-label="Unit" placeholder="Semua unit" value={filter.unitId} onChange={(e) => setFilter({ ...filter, unitId: e.target.value })}
            options={page.units.map((u) => ({ value: u.id, label: u.name }))} />
        )}
        {sopTitles.length > 0 && (
          <Select aria-label="SOP" placeholder="Semua SOP dan klausul" value={filter.sopTitle} onChange={(e) => setFilter({ ...filter, sopTitle: e.target.value })}
            options={sopTitles.map((t) => ({ value: t, label: t }))} />
        )}
        <Checkbox label="Hanya yang belum dijawab" checked={filter.unansweredOnly} onChange={(e) => setFilter({ ...filter, unansweredOnly: e.target.checked })} />
      </div>
      <ol className={styles.list} aria-label="Butir daftar periksa">
        {page.items.map((item, index) => (
          <ChecklistItemCard
            hidden={!itemVisible(item, (states[item.id] ?? item).answer, filter)}
            key={item.id}
            auditId={auditId}
            item={item}
            state={states[item.id] ?? { version: item.version, answer: item.answer, finding: item.finding, error: null }}
            pending={queue[item.id] !== undefined}
            offline={offline}
            canAnswer={page.canAnswer}
            canEdit={page.canEdit}
            isFirst={index === 0}
            isLast={index === page.items.length - 1}
            units={page.units}
            clauses={page.clauses}
            onAnswer={submit}
          />
        ))}
      </ol>
    </div>
  );
}

