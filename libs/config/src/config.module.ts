import { Global, Module } from '@nestjs/common';
import { ConfigModule as NestConfigModule } from '@nestjs/config';
import { AppConfig } from './app-config';
import { parseEnvironment } from './environment.schema';

/** Loads and validates the environment at start-up; a bad setting stops the process, by name. */
@Global()
@Module({
  imports: [
    NestConfigModule.forRoot({
      ignoreEnvFile: true,
      cache: true,
      validate: (raw) => parseEnvironment(raw as NodeJS.ProcessEnv),
    }),
  ],
  providers: [AppConfig],
  exports: [AppConfig],
})
export class ConfigModule {}
