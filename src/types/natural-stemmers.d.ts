// natural's stemmer submodules ship without typings; the root module prints junk when imported.
declare module 'natural/lib/natural/stemmers/porter_stemmer.js' {
  const stemmer: { stem(word: string): string };
  export default stemmer;
}
declare module 'natural/lib/natural/stemmers/porter_stemmer_ru.js' {
  const stemmer: { stem(word: string): string };
  export default stemmer;
}
