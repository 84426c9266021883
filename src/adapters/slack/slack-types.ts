// Bolt re-exports Block Kit and Web API types as namespaces; short names for the ones used here.
import type { types, webApi } from '@slack/bolt';

export type KnownBlock = types.KnownBlock;
export type Button = types.Button;
export type ModalView = types.ModalView;
export type PlainTextOption = types.PlainTextOption;
export type WebClient = webApi.WebClient;
export type WebClientOptions = webApi.WebClientOptions;
