// The expected forms, quoted in every error so the user sees how to write the line.
export const LOG_USAGE = '/logga <aktivitet> [plats] [när] [antal] [med <part>] ["anteckning"]';
export const PLAN_USAGE = '/planera <aktivitet> [plats] <när> [antal] [med <part>] ["anteckning"]';
export const EDIT_USAGE =
  '/logga ändra [nummer] [plats] [när] [antal st] [med <part>] ["anteckning"] [utan plats|part|tid|anteckning]';
/** How many of a user's latest entries `logga mina` lists (and `logga ändra <n>` can name). */
export const MINE_LIMIT = 10;
export const REPORT_USAGE = '/rapport [år] [period] [md|csv|docx|xlsx|json] [publik|fastställ]';
export const PROMISES_USAGE =
  '/loften, /loften koppla <nyckel>, /loften roll @person <polis|grupp|chef|admin> eller /loften schema <veckodag> <HH:MM>';
export const SCHEDULE_USAGE =
  '/loften schema <veckodag> <HH:MM>, t.ex. /loften schema onsdag 09:30 (måndag–fredag, 06:00–22:00), /loften schema av eller /loften schema på';
export const COMMANDS = '/logga, /planera, /status, /rapport, /loften och /hjälp';

/** Keeps a quoted part short enough for a chat reply. */
export function quotePart(raw: string): string {
  const oneLine = raw.replace(/\s+/gu, ' ').trim();
  return `"${oneLine.length > 40 ? `${oneLine.slice(0, 39)}…` : oneLine}"`;
}
