import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ActivityHistory } from "@/components/activity/activity-history";
import { PolicyForm } from "@/components/objectives/policy-form";
import { PolicyStatusBadge } from "@/components/objectives/policy-status-badge";
import { PolicyView } from "@/components/objectives/policy-view";
import { WorkflowActions } from "@/components/workflow/workflow-actions";
import { Alert, Card, PageHeader } from "@/components/ui";
import { listRecordActivity } from "@/lib/activity/data";
import { can } from "@/lib/auth/permissions";
import { requirePermission } from "@/lib/auth/session";
import { transitionPolicyAction } from "@/lib/objectives/actions";
import { POLICY_STATUS_LABELS } from "@/lib/objectives/constants";
import { getPolicy } from "@/lib/objectives/policy-data";

export const metadata: Metadata = { title: "Kebijakan Mutu" };

type Props = { params: Promise<{ id: string }> };

export default async function PolicyVersionPage({ params }: Props) {
  const user = await requirePermission("objective.read");
  const policy = await getPolicy(user, (await params).id);
  if (!policy) notFound();

  const target = { unitPath: policy.agencyPath };
  const editable = policy.editable;
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
        actions={<WorkflowActions record={policy} transitions={policy.transitions} action={transitionPolicyAction} />}
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
      {policy.status === "DIBATALKAN" && <Alert tone="info">Draf ini dibatalkan dan tidak pernah berlaku.</Alert>}

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
