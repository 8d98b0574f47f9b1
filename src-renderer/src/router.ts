import { createRouter, createWebHashHistory, START_LOCATION, type RouteRecordRaw } from 'vue-router'
import { filtersFromQuery } from './lib/filters-query'
import { useCatalogStore } from './stores/catalog'
import { start } from './stores/start'
// The landing screen ships in the entry chunk: a cold start then needs no second round of code loading.
import TreatmentsView from './views/TreatmentsView.vue'

export const routes: RouteRecordRaw[] = [
  { path: '/', redirect: '/treatments' },
  { path: '/treatments', name: 'treatments', component: TreatmentsView, meta: { title: 'Treatments' } },
  { path: '/treatments/:slug', name: 'treatment', component: () => import('./views/TreatmentView.vue'), props: true, meta: { title: 'Treatment' } },
  { path: '/concerns', name: 'concerns', component: () => import('./views/ConcernsView.vue'), meta: { title: 'Concerns' } },
  { path: '/concerns/:id', name: 'concern', component: () => import('./views/ConcernView.vue'), props: true, meta: { title: 'Concern' } },
  { path: '/screener', name: 'screener', component: () => import('./views/ScreenerView.vue'), meta: { title: 'Screener' } },
  { path: '/handout', name: 'handout', component: () => import('./views/HandoutView.vue'), meta: { title: 'Client handout' } },
  { path: '/plan/checklist', name: 'plan-checklist', component: () => import('./views/PlanChecklistView.vue'), meta: { title: 'Pre-treatment checklist' } },
  { path: '/plan', name: 'plan', component: () => import('./views/PlanView.vue'), meta: { title: 'Plan a course' } },
  { path: '/safety', name: 'safety', component: () => import('./views/SafetyGridView.vue'), meta: { title: 'Safety grid' } },
  { path: '/conditions/:id', name: 'condition', component: () => import('./views/ConditionView.vue'), props: true, meta: { title: 'Condition' } },
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

/**
 * Focuses the new page's h1 once it has rendered (views load their code and data first): the
 * old page's heading is still in place when navigation ends, so wait for a different one. If the
 * user has meanwhile put focus somewhere (opened search, started typing), it stays there.
 */
function focusHeading(old = document.querySelector('#main h1'), left = document.activeElement, tries = 40) {
  setTimeout(() => {
    const now = document.activeElement
    if (now && now !== left && now !== document.body) return
    const h1 = document.querySelector<HTMLElement>('#main h1')
    if (h1 && (h1 !== old || tries <= 30)) {
      if (!h1.hasAttribute('tabindex')) h1.setAttribute('tabindex', '-1')
      h1.focus({ preventScroll: true })
    } else if (tries > 0) focusHeading(old, left, tries - 1)
  }, 25)
}

export function createHandbookRouter() {
  const router = createRouter({
    // Hash history: the app is served from app://handbook/index.html and from the preview's index.html alike.
    history: createWebHashHistory(),
    routes,
    // Opening the app there is nothing to scroll, and scrolling would force a layout before the first paint.
    // A link to a part of a page ("changed in …" → About#change-<slug>) lands on that part.
    scrollBehavior: (to, from, saved) => saved ?? (to.hash ? { el: to.hash, top: 16 } : from === START_LOCATION ? false : { top: 0 }),
  })
  // The list is asked for as navigation starts, so at start it travels with the knowledge base's
  // vocabularies and the view's code instead of after them; the view's own request for the same filters joins this one.
  // The first navigation starts the app: its list, if it opens on the list, comes with the start-up call. It waits
  // for that answer (start() settles, failure included), so the window draws the first screen once, with its data,
  // instead of the frame and a loading line first and the list a layout later; mount.ts mounts once it is ready.
  let started = false
  router.beforeEach((to) => {
    const filters = to.name === 'treatments' ? filtersFromQuery(to.query) : undefined
    if (!started) {
      started = true
      return start(filters)
    } else if (filters) void useCatalogStore().load(filters)
  })
  router.afterEach((to, from) => {
    document.title = `${(to.meta.title as string | undefined) ?? 'Handbook'} · Skin Rejuvenation Handbook`
    // A new page (not a filter change on the same one) takes focus to its heading, so a screen reader
    // or keyboard user starts there instead of on the link they left behind.
    if (from !== START_LOCATION && to.path !== from.path) focusHeading()
  })
  return router
}
