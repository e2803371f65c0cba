// Document ids come from the atlas, which the app reads at run time: the adapter's fallback page
// serves these URLs instead of prerendered files.
export const prerender = false;
