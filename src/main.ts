import { mount } from 'svelte';
import App from './App.svelte';
import { AppState } from './lib/state/app.svelte';
import './styles/theme.css';
import './styles/base.css';
import './styles/shell.css';

const target = document.getElementById('app');
if (!target) throw new Error('index.html has no #app element');
const app = new AppState();
// A Chinese first visit loads its words before the page appears, so nothing flashes in English; a failed load
// mounts in English (the language switch says why).
export default app.language.ready.then(() => mount(App, { target, props: { app } }));
