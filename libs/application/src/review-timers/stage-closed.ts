/** The stage a timer watches closed between the timer's read and its commit: it does nothing. */
export class StageClosed extends Error {
  constructor() {
    super('stage closed');
    this.name = 'StageClosed';
  }
}
