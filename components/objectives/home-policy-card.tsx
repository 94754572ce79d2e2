import Link from "next/link";
import { Card } from "@/components/ui";
import type { HomePolicy } from "@/lib/objectives/home-data";
import { PolicyView } from "./policy-view";

export type HomePolicyCardProps = {
  home: HomePolicy;
  /** The user may draft the agency's policy (gets a link when none is in force). */
  mayManage: boolean;
  /** The user may open the policy pages. */
  mayRead: boolean;
};

/** The Kebijakan Mutu in force of the user's agency, on the home page. */
export function HomePolicyCard({ home, mayManage, mayRead }: HomePolicyCardProps) {
  const href = `/objectives/policy?agencyId=${encodeURIComponent(home.agency.id)}`;
  return (
    <Card
      title="Kebijakan Mutu"
      actions={home.policy && mayRead ? <Link href={href} className="text-sm">Semua versi</Link> : undefined}
    >
      {home.policy ? (
        <div className="stack-sm">
          <p className="muted text-sm">{home.agency.name}</p>
          <PolicyView policy={home.policy} />
        </div>
      ) : (
        <p className="muted">
          Belum ada kebijakan mutu yang disahkan.
          {mayManage && (
            <>
              {" "}
              <Link href={`/objectives/policy/new?agencyId=${encodeURIComponent(home.agency.id)}`}>Susun kebijakan mutu</Link>
            </>
          )}
        </p>
      )}
    </Card>
  );
}
