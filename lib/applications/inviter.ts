/**
 * How an invitation names the person who sent it: their name with their organisation, else either one, else
 * their e-mail address. Never a dash: someone asked to join an application is told who asks.
 */
export type InviterFacts = {
  name: string | null;
  email: string;
  organisations: { side: string; position: number; organisation: { name: string } }[];
};

export function inviterLabel({ name, email, organisations }: InviterFacts): string {
  const own = organisations.filter((o) => o.side === 'APPLICANT').sort((a, b) => a.position - b.position)[0]
    ?.organisation.name;
  const person = name?.trim();
  if (person && own) return `${person} (${own})`;
  return person || own || email;
}
