import { Injectable } from '@nestjs/common';
import { UserRepository } from '@kdmp/persistence';
import { UpdatePreferencesCommand } from './update-preferences.command';

/**
 * A user's notification preferences: the language of its messages, and whether non-critical
 * notifications also come by email (decisions and match offers always do).
 */
@Injectable()
export class UpdatePreferencesUseCase {
  constructor(private readonly users: UserRepository) {}

  async execute(command: UpdatePreferencesCommand): Promise<void> {
    await this.users.updatePreferences(command.userId, { locale: command.locale, emailEnabled: command.emailNotifications });
  }
}
