import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ActivityHistory } from "@/components/activity/activity-history";
import { PolicyForm } from "@/components/objectives/policy-form";
import { PolicyStatusBadge } from "@/components/objectives/policy-status-badge";
import { PolicyView } from "@/components/objectives/policy-view";
import { PolicyWorkflow } from "@/components/objectives/policy-workflow";
import { Alert, Card, PageHeader } from "@/components/ui";
import { listRecordActivity } from "@/lib/activity/data";
import { can } from "@/lib/auth/permissions";
import { requirePermission } from "@/lib/auth/session";
import { POLICY_STATUS_LABELS, type PolicyStatus } from "@/lib/objectives/constants";
import { getPolicy } from "@/lib/objectives/policy-data";
import { POLICY_TRANSITIONS, type PolicyTransition } from "@/lib/objectives/rules";

export const metadata: Metadata = { title: "Kebijakan Mutu" };

type Props = { params: Promise<{ id: string }> };

const from = (transition: PolicyTransition, status: PolicyStatus) =>
  (POLICY_TRANSITIONS[transition].from as readonly PolicyStatus[]).includes(status);

export default async function PolicyVersionPage({ params }: Props) {
  const user = await requirePermission("objective.read");
  const policy = await getPolicy(user, (await params).id);
  if (!policy) notFound();

  const target = { unitPath: policy.agencyPath };
  const may = (transition: PolicyTransition) => can(user, POLICY_TRANSITIONS[transition].permission, target) && from(transition, policy.status);
  const allowed = { submit: may("submit"), approve: may("approve"), return: may("return") };
  const editable = can(user, "policy.manage", target) && (policy.status === "DRAF" || policy.status === "DIKEMBALIKAN");
  const history = can(user, "activity.read", target) ? await listRecordActivity(user, "quality_policy", policy.id, policy.agencyPath) : null;
  const listHref = `/objectives/policy?agencyId=${encodeURIComponent(policy.agencyId)}`;

  return (
    <div className="stack-lg">
      <PageHeader
        title={`Kebijakan Mutu versi ${policy.versionNo}`}
        description={
          <span className="row">
            <PolicyStatusBadge status={policy.status} />
            <span>{policy.agencyName}</span>
          </span>
        }
        breadcrumbs={[
          { href: "/objectives", label: "Sasaran Mutu" },
          { href: listHref, label: "Kebijakan mutu" },
          { label: `Versi ${policy.versionNo}` },
        ]}
        actions={<PolicyWorkflow policy={{ id: policy.id, version: policy.version }} allowed={allowed} />}
      />
      {policy.status === "DIKEMBALIKAN" && policy.returnNote && (
        <Alert tone="warning" title="Dikembalikan oleh pimpinan">
          {policy.returnNote}
        </Alert>
      )}
      {policy.status === "DIGANTIKAN" && (
        <Alert tone="info">Versi ini sudah digantikan oleh versi yang lebih baru dan tidak berlaku lagi.</Alert>
      )}
      {policy.status === "DIAJUKAN" && <Alert tone="info">Versi ini menunggu pengesahan pimpinan.</Alert>}

      {editable ? (
        <Card title="Ubah draf">
          <PolicyForm
            key={policy.version}
            agencyId={policy.agencyId}
            policy={{ id: policy.id, version: policy.version }}
            defaults={{ statement: policy.statement, commitments: policy.commitments }}
            cancelHref={listHref}
          />
        </Card>
      ) : (
        <Card title="Isi kebijakan mutu">
          <PolicyView policy={policy} />
        </Card>
      )}

      {history && (
        <Card title="Riwayat perubahan">
          <ActivityHistory
            entries={history}
            labels={{ fieldLabels: { statement: "pernyataan", commitments: "komitmen", versionNo: "versi", status: "status" }, valueLabels: { status: POLICY_STATUS_LABELS } }}
          />
        </Card>
      )}
    </div>
  );
}
