/** «1 article», «2 articles»: counts in the CLI's English text. */
export const count = (n: number, noun: string, plural = `${noun}s`): string => `${n} ${n === 1 ? noun : plural}`;
