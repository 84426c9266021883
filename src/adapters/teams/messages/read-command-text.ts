// Turns a Teams message into the command line the grammar reads: the bot's own @mention removed
// (channels only deliver messages that mention the bot), HTML entities and a leading slash undone.

export interface MentionEntity {
  type: string;
  text?: string;
  mentioned?: { id: string; name?: string; aadObjectId?: string };
}

export interface MessageLike {
  text?: string;
  recipient: { id: string };
  entities?: MentionEntity[];
}

const ENTITIES: Record<string, string> = {
  '&amp;': '&',
  '&lt;': '<',
  '&gt;': '>',
  '&quot;': '"',
  '&#39;': "'",
  '&nbsp;': ' ',
};

export function readCommandText(activity: MessageLike): string {
  let text = activity.text ?? '';
  for (const entity of mentions(activity)) {
    if (entity.mentioned?.id === activity.recipient.id && entity.text)
      text = text.split(entity.text).join(' ');
  }
  // Some clients wrap a pasted line in HTML; the grammar wants plain words.
  text = text
    .replace(/<(?!\/?at>)[^>]+>/g, ' ')
    .replace(/&[a-z#0-9]+;/gi, (e) => ENTITIES[e.toLowerCase()] ?? e);
  return text.replace(/\s+/g, ' ').trim().replace(/^\//, '');
}

export function mentions(activity: { entities?: MentionEntity[] }): MentionEntity[] {
  return (activity.entities ?? []).filter((e) => e.type === 'mention');
}
