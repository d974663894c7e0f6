import { dispatch } from './dispatch.js';
void dispatch('main');
