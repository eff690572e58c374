/**
 * Hyphenated abbreviations of Russian honorifics with their case endings (г-н = господин,
 * г-жа = госпожа). The dictionaries do not list them and their parts are not words.
 */
export const RU_ABBREVIATIONS: ReadonlySet<string> = new Set([
  'г-н', 'г-на', 'г-ну', 'г-ном', 'г-не',
  'г-жа', 'г-жи', 'г-же', 'г-жу', 'г-жой',
]);
