// Russian messages: the catalogue of each part of the widget, in one object.
import { app } from './i18n/ru-app.js';
import { permit } from './i18n/ru-permit.js';
import { stay } from './i18n/ru-stay.js';

export const ru = { ...app, ...stay, ...permit };
