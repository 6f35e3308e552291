// Kazakh messages: the catalogue of each part of the widget, in one object.
import { app } from './app.js';
import { permit } from './permit.js';
import { stay } from './stay.js';

export const kk = { ...app, ...stay, ...permit };
