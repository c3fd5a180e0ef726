// Names of one thing in the forms the code base spells it: `suspend-club` → `SuspendClub`,
// `suspendClub`, `SUSPEND_CLUB`.

/** The kebab-case words of a name given as kebab, camel or Pascal case. */
export function words(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((word) => word !== '');
}

export const kebab = (name: string): string => words(name).join('-');

export const pascal = (name: string): string =>
  words(name)
    .map((word) => word[0]?.toUpperCase() + word.slice(1))
    .join('');

export const camel = (name: string): string => {
  const p = pascal(name);
  return p.charAt(0).toLowerCase() + p.slice(1);
};

export const constant = (name: string): string => words(name).join('_').toUpperCase();
