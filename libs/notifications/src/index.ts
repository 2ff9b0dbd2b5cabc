export * from './notification-error';
export * from './recipient-matrix';
export * from './render-notification';
export * from './channels/delivery-result';
export * from './channels/address-guard';
export * from './channels/webhook.channel';
export * from './channels/email.channel';
export * from './channels/channels.module';
