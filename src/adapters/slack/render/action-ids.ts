// Ids shared by the buttons and modal we render and the listeners that receive them.
export const actionIds = {
  undo: 'loftesbot_undo',
  edit: 'loftesbot_edit',
  share: 'loftesbot_share',
  openForm: 'loftesbot_open_form',
} as const;

export const logModalCallbackId = 'loftesbot_log_modal';
export const editModalCallbackId = 'loftesbot_edit_modal';
