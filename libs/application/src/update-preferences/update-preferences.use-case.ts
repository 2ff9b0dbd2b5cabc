import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

/**
 * A user's notification preferences: the language of its messages, and whether non-critical
 * notifications also come by email (decisions and match offers always do).
 */
@Injectable()
export class UpdatePreferencesUseCase {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async execute(userId: string, preferences: { locale?: 'id' | 'en'; emailNotifications?: boolean }): Promise<void> {
    await this.dataSource.query(
      `UPDATE users SET locale = coalesce($2, locale), email_enabled = coalesce($3, email_enabled) WHERE id = $1`,
      [userId, preferences.locale ?? null, preferences.emailNotifications ?? null],
    );
  }
}
