// Kazakh messages: the catalogue of each part of the widget, in one object.
import { app } from './i18n/kk-app.js';
import { permit } from './i18n/kk-permit.js';
import { stay } from './i18n/kk-stay.js';

export const kk = { ...app, ...stay, ...permit };
