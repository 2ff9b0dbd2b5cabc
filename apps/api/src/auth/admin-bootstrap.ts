import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { CreateUserUseCase } from '@kdmp/application';
import { AppConfig } from '@kdmp/config';

/** The first admin from ADMIN_EMAIL / ADMIN_PASSWORD: created once, never overwritten. */
@Injectable()
export class AdminBootstrap implements OnApplicationBootstrap {
  private readonly logger = new Logger(AdminBootstrap.name);

  constructor(
    private readonly config: AppConfig,
    private readonly createUser: CreateUserUseCase,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const email = this.config.get('ADMIN_EMAIL');
    const password = this.config.get('ADMIN_PASSWORD');
    if (!email || !password) return;
    const created = await this.createUser.ensureAdmin(email, password);
    this.logger.log(created ? `created the first admin ${email}` : `admin ${email} exists; left as it is`);
  }
}
