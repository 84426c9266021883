// Views for a log form whose command outlasts Slack's 3 s for view_submission: the same form with a
// notice on top ("Sparar …", later the error), and a closing view with the confirmation. The form's
// input blocks keep their block and action ids, so Slack keeps what the user entered in them.
import type { ViewOutput } from '@slack/bolt';
import { escapeMrkdwn } from '../render/render-blocks.ts';
import type { KnownBlock, ModalView } from '../slack-types.ts';

export const NOTICE_BLOCK = 'loftesbot_notice';

/** The submitted form again, with `notice` (plain words, escaped here) above its inputs. */
export function formWithNotice(view: ViewOutput, notice: string): ModalView {
  const inputs = (view.blocks as KnownBlock[]).filter((b) => b.block_id !== NOTICE_BLOCK);
  return {
    type: 'modal',
    callback_id: view.callback_id,
    private_metadata: view.private_metadata,
    title: view.title,
    ...(view.submit ? { submit: view.submit } : {}),
    ...(view.close ? { close: view.close } : {}),
    blocks: [
      { type: 'section', block_id: NOTICE_BLOCK, text: { type: 'mrkdwn', text: escapeMrkdwn(notice) } },
      ...inputs,
    ],
  } as ModalView;
}

/** What the form shows once the entry is stored; the confirmation with Ångra goes to the channel too. */
export function doneView(view: ViewOutput, blocks: KnownBlock[]): ModalView {
  return {
    type: 'modal',
    callback_id: `${view.callback_id}_done`,
    title: view.title,
    close: { type: 'plain_text', text: 'Stäng' },
    blocks: blocks.filter((b) => b.type !== 'actions').slice(0, 100),
  } as ModalView;
}
