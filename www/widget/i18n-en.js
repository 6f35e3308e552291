// English messages: the catalogue of each part of the widget, in one object.
import { app } from './i18n/en-app.js';
import { permit } from './i18n/en-permit.js';
import { stay } from './i18n/en-stay.js';

export const en = { ...app, ...stay, ...permit };
