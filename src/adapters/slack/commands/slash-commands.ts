// The slash commands this adapter answers; the manifest must declare exactly these (tested).
export const slashCommands = ['/logga', '/planera', '/status', '/rapport', '/loften'] as const;
