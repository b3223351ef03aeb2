/** `newsclean rules` and `newsclean lexicon` (owned by the kernel; stub until it lands). */
export async function rulesCommand(_argv: string[]): Promise<number> {
  process.stdout.write("(no rules yet)\n");
  return 0;
}

export async function lexiconCommand(_argv: string[]): Promise<number> {
  process.stdout.write("(no lexicon yet)\n");
  return 0;
}
