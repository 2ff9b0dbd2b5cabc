export * from './password-hasher';
export * from './principal';
export * from './access-token.service';
export * from './auth.module';
export * from './account-token-signer';
