import { Injectable } from '@nestjs/common';
import { UserRepository } from '@kdmp/persistence';
import { Page } from '../common/page';
import { UserView } from '../create-user/create-user.command';
import { toUserView } from '../create-user/create-user.use-case';

export interface ListUsersQuery {
  role?: 'ADMIN' | 'REVIEWER' | 'COOPERATIVE' | 'PARTNER';
  /** Part of the email address, any case. */
  q?: string;
  limit: number;
  offset: number;
}

/** Every account, for an admin: by role and email, oldest first, a page at a time. */
@Injectable()
export class ListUsersUseCase {
  constructor(private readonly users: UserRepository) {}

  async execute(query: ListUsersQuery): Promise<Page<UserView>> {
    const [users, total] = await this.users.list({ role: query.role, emailContains: query.q, limit: query.limit, offset: query.offset });
    return { items: users.map(toUserView), total, limit: query.limit, offset: query.offset };
  }
}
