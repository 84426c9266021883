// What the admins of a channel read when posts into it stop, and what to do about it: one text per
// reason and platform, used in the notice (Slack DM and App Home, Teams personal chat), in the
// next command's reply in that channel, and in `loftesbot bindings`.
import { toLocalDate } from '../../domain/time/index.ts';
import type { Platform } from '../../domain/types.ts';
import type { BindingHealth } from '../ports.ts';
import type { PostFailureReason } from '../post-result.ts';

const BOT = '@Löftesbot';

/** What is wrong, in one sentence (no advice). */
export function describeProblem(reason: PostFailureReason, platform: Platform): string {
  switch (reason) {
    case 'not-in-channel':
      return platform === 'teams'
        ? 'Löftesbot har tagits bort ur konversationen och kan inte posta där.'
        : 'Löftesbot är inte medlem i kanalen och kan inte posta där.';
    case 'channel-not-found':
      return 'Kanalen finns inte längre, eller så kan Löftesbot inte se den.';
    case 'channel-archived':
      return 'Kanalen är arkiverad, så ingen kan posta där.';
    case 'access-revoked':
      return platform === 'teams'
        ? 'Löftesbot har tagits bort eller spärrats i er organisation.'
        : 'Löftesbot har avinstallerats eller fått sin behörighet återkallad i arbetsytan.';
    case 'missing-permission':
      return 'Löftesbot saknar behörighet att posta i kanalen.';
    case 'message-rejected':
      return 'Meddelandet avvisades av plattformen.';
  }
}

/** What an admin does to mend it. */
export function describeRemedy(reason: PostFailureReason, platform: Platform): string {
  const teams = platform === 'teams';
  switch (reason) {
    case 'not-in-channel':
      return teams
        ? 'Lägg till appen igen i teamet eller chatten (Appar → Löftesbot → Lägg till), så fortsätter översikterna av sig själva.'
        : `Bjud in ${BOT} i kanalen (skriv /invite ${BOT} där), så fortsätter översikterna av sig själva.`;
    case 'channel-not-found':
      return 'Koppla en kanal som finns: skriv /loften koppla <nyckel> i den.';
    case 'channel-archived':
      return teams
        ? 'Återställ kanalen, eller koppla en annan kanal med /loften koppla <nyckel>.'
        : 'Återställ kanalen (kanalinställningar → Återställ arkiverad kanal), eller koppla en annan kanal med /loften koppla <nyckel>.';
    case 'access-revoked':
      return teams
        ? 'Lägg till appen igen (en Teams-administratör kan behöva tillåta den), och skriv sedan /loften koppla <nyckel> i kanalen.'
        : 'Lägg till appen igen i arbetsytan (installera om Löftesbot), och skriv sedan /loften koppla <nyckel> i kanalen.';
    case 'missing-permission':
      return teams
        ? 'Be en Teams-administratör att tillåta appen Löftesbot för teamet.'
        : 'Be en administratör för arbetsytan att installera om Löftesbot med de behörigheter den begär.';
    case 'message-rejected':
      return 'Inget behöver göras i kanalen; nästa översikt försöker igen.';
  }
}

/** The notice sent to the channel's admins when its posts stop. */
export function describeHealthNotice(
  health: Pick<BindingHealth, 'reason'>,
  platform: Platform,
  what: { setTitle: string; missed: string },
): string {
  return [
    `Löftesbot kunde inte posta ${what.missed} i kanalen som är kopplad till ${what.setTitle}.`,
    describeProblem(health.reason, platform),
    `Så här åtgärdar du det: ${describeRemedy(health.reason, platform)}`,
    'Inga fler försök görs den här veckan.',
  ].join(' ');
}

/** The line the next command's reply in the channel carries while posts into it stop. */
export function describeHealthLine(health: BindingHealth, platform: Platform, timeZone: string): string {
  const since = toLocalDate(new Date(health.since), timeZone);
  return `⚠️ Måndagsöversikten kan inte postas här (sedan ${since}): ${describeProblem(health.reason, platform)} ${describeRemedy(health.reason, platform)}`;
}
