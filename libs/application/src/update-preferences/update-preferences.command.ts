export interface UpdatePreferencesCommand {
  userId: string;
  locale?: 'id' | 'en';
  emailNotifications?: boolean;
}
