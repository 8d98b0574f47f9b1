import { createRouter, createWebHashHistory, type RouteRecordRaw } from 'vue-router'

export const routes: RouteRecordRaw[] = [
  { path: '/', redirect: '/treatments' },
  { path: '/treatments', name: 'treatments', component: () => import('./views/TreatmentsView.vue'), meta: { title: 'Treatments' } },
  { path: '/treatments/:slug', name: 'treatment', component: () => import('./views/TreatmentView.vue'), props: true, meta: { title: 'Treatment' } },
  { path: '/screener', name: 'screener', component: () => import('./views/ScreenerView.vue'), meta: { title: 'Screener' } },
  { path: '/handout', name: 'handout', component: () => import('./views/HandoutView.vue'), meta: { title: 'Client handout' } },
  { path: '/compare', name: 'compare', component: () => import('./views/CompareView.vue'), meta: { title: 'Compare' } },
  { path: '/mechanisms', name: 'mechanisms', component: () => import('./views/MechanismsView.vue'), meta: { title: 'Mechanisms' } },
  { path: '/mechanisms/:id', name: 'mechanism', component: () => import('./views/MechanismView.vue'), props: true, meta: { title: 'Mechanism' } },
  { path: '/layers', name: 'layers', component: () => import('./views/LayersView.vue'), meta: { title: 'Skin layers' } },
  { path: '/guides', name: 'guides', component: () => import('./views/GuidesView.vue'), meta: { title: 'Guides' } },
  { path: '/glossary', name: 'glossary', component: () => import('./views/GlossaryView.vue'), meta: { title: 'Glossary' } },
  { path: '/notes', name: 'notes', component: () => import('./views/NotesView.vue'), meta: { title: 'Notes' } },
  { path: '/settings', name: 'settings', component: () => import('./views/SettingsView.vue'), meta: { title: 'Settings' } },
  { path: '/about', name: 'about', component: () => import('./views/AboutView.vue'), meta: { title: 'About' } },
  { path: '/:pathMatch(.*)*', name: 'not-found', component: () => import('./views/NotFoundView.vue'), meta: { title: 'Not found' } },
]

export function createHandbookRouter() {
  const router = createRouter({
    // Hash history: the app is served from app://handbook/index.html and from the preview's index.html alike.
    history: createWebHashHistory(),
    routes,
    scrollBehavior: (_to, _from, saved) => saved ?? { top: 0 },
  })
  router.afterEach((to) => {
    document.title = `${(to.meta.title as string | undefined) ?? 'Handbook'} · Skin Rejuvenation Handbook`
  })
  return router
}
