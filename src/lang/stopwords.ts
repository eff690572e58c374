/**
 * Function words by language: evidence that a run of text is written in that language.
 * Only short, very frequent words that do not occur as names or terms in the other language.
 */
export const STOPWORDS: Record<string, ReadonlySet<string>> = {
  en: new Set(('the a an of to in on at for from by with and or but not no is are was were be been being ' +
    'has have had do does did will would shall should can could may might must this that these those ' +
    'it its he she they them his her their we our you your i which who whom whose what when where ' +
    'than then there here as if so into about over under after before between against during').split(' ')),
  ru: new Set(('и в во не на я что он она оно они с со как а то все всё так его ее её но да ты к ко у же вы за бы ' +
    'по только мне было вот от меня еще ещё нет о об из ему теперь когда даже ну ли если уже или ни быть был была ' +
    'были до вас нибудь опять уж вам ведь там потом себя ничего ей может тут где есть надо ней для мы тебя их чем ' +
    'сам без будто чего раз тоже себе под будет тогда кто этот того потому этого какой совсем ним здесь этом ' +
    'один почти мой тем чтобы нее сейчас куда зачем всех никогда можно при наконец два об другой хоть после над ' +
    'больше тот через эти нас про всего них какая много разве три эту моя впрочем хорошо свою этой перед иногда ' +
    'лучше чуть том нельзя такой им более всегда конечно всю между').split(' ')),
};

/** The script a language is written in, where bitext knows it. */
export const SCRIPT: Record<string, 'latin' | 'cyrillic'> = { en: 'latin', ru: 'cyrillic' };
