import { Injectable } from '@nestjs/common';
import { v7 as uuidv7 } from 'uuid';
import { PasswordHasher } from '@kdmp/auth';
import { UserEntity, UserRepository } from '@kdmp/persistence';
import { ApplicationError, FieldProblem } from '../common/application-error';
import { CreateUserCommand, UserView } from './create-user.command';
import { StageClock } from '../common/stage-clock';
import { grantProblems, passwordProblems } from '../common/account-rules';

/** An admin creates reviewers and other admins. */
@Injectable()
export class CreateUserUseCase {
  constructor(
    private readonly users: UserRepository,
    private readonly passwords: PasswordHasher,
    private readonly clock: StageClock,
  ) {}

  async execute(command: CreateUserCommand): Promise<UserView> {
    const user = await this.build(command);
    const inserted = await this.users.insertIfAbsent(user);
    if (!inserted) {
      throw new ApplicationError('CONFLICT', 'An account with this email already exists.', [
        { field: 'email', message: 'already registered' },
      ]);
    }
    return toUserView(user);
  }

  /** For the first admin: creates the account once and never overwrites it. */
  async ensureAdmin(email: string, password: string): Promise<boolean> {
    return this.users.insertIfAbsent(await this.build({ email, password, role: 'ADMIN' }));
  }

  private async build(command: CreateUserCommand): Promise<UserEntity> {
    const problems = validate(command, this.clock.stages);
    if (problems.length > 0) throw new ApplicationError('INVALID_INPUT', 'The user is not valid.', problems);
    return Object.assign(new UserEntity(), {
      id: uuidv7(),
      email: command.email.toLowerCase(),
      passwordHash: await this.passwords.hash(command.password),
      role: command.role,
      cooperativeId: null,
      partnerId: null,
      locale: command.locale ?? 'id',
      stages: command.role === 'REVIEWER' ? [...new Set(command.stages)] : [],
      regionCodes: [...new Set(command.regionCodes ?? [])],
      emailEnabled: true,
      createdAt: new Date(),
      tokenVersion: 0,
      disabledAt: null,
    } satisfies UserEntity);
  }
}

function validate(command: CreateUserCommand, stages: readonly string[]): FieldProblem[] {
  return [...passwordProblems(command.password), ...grantProblems(command, stages)];
}

export function toUserView(user: UserEntity): UserView {
  return {
    id: user.id,
    email: user.email,
    role: user.role,
    cooperativeId: user.cooperativeId,
    partnerId: user.partnerId,
    stages: user.stages,
    regionCodes: user.regionCodes,
    locale: user.locale,
    disabled: user.disabledAt !== null,
    createdAt: user.createdAt.toISOString(),
  };
}
