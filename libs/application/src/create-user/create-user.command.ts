export interface CreateUserCommand {
  email: string;
  password: string;
  role: 'REVIEWER' | 'ADMIN';
  /** REVIEWER: the review stages it may decide (at least one). */
  stages?: string[];
  /** Regency (`64.02`) or province (`64`) codes; none means everywhere. */
  regionCodes?: string[];
  locale?: 'id' | 'en';
}

export interface UserView {
  id: string;
  email: string;
  role: string;
  cooperativeId: string | null;
  partnerId: string | null;
  stages: string[];
  regionCodes: string[];
  locale: string;
  /** Disabled by an admin: cannot log in, its tokens are refused. */
  disabled: boolean;
  createdAt: string;
}
