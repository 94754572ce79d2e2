import type { SnippetPart } from "@/lib/sops/snippet";
import styles from "./search-snippet.module.css";

/** Why a search hit matched: its text around the matching words, which are marked. Plain text only. */
export function SearchSnippet({ parts }: { parts: SnippetPart[] }) {
  return (
    <p className={styles.snippet} data-testid="search-snippet">
      <span className="visually-hidden">Cocok pada: </span>…
      {parts.map((part, i) => (part.hit ? <mark key={i}>{part.text}</mark> : <span key={i}>{part.text}</span>))}…
    </p>
  );
}
