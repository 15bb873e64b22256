// The picker runs no Svelte code in the browser: the script that sends the reader on is in its <head>, and
// without JavaScript its links are all it needs.
export const csr = false;
