// One line of a county CPPCC report, as text-and-<br> articles write them (with the full-width
// indent), naming n proposals: tests build small pages from a few of these.
export const articleLine = (n: number): string => `　　縣政協召開提案工作總結會，通報了年度提案辦理情況，共收到委員提案${n}件，已全部辦復。`;
export const articleLineSimplified = (n: number): string => `　　县政协召开提案工作总结会，通报了年度提案办理情况，共收到委员提案${n}件，已全部办复。`;
