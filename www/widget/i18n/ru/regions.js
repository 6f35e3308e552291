// Russian names of states where the state's official name differs from Intl's (Intl says
// "Киргизия"; the Kyrgyz Republic's own Russian name, and the one the widget's texts use, is
// "Кыргызстан").

export const RU_REGIONS = { KG: 'Кыргызстан' };
