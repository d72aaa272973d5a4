/**
 * The public site: routes ({@link org.chancery.site.SiteRoutes}), page handlers, page models and
 * the templates' words in the {@code i18n/site} resource bundle.
 *
 * <p>Handlers parse the request, ask the {@link org.chancery.content.MessageStore}, and render a
 * page model with a precompiled jte template; no rules live here that belong to the domain. Page
 * models are public records only because the generated template classes live in another package;
 * nothing outside this package should build them. Time comes from the {@link java.time.Clock}
 * given to {@link org.chancery.site.PublicSite}, never from the system, so the whole site can be
 * shown as at any instant.
 */
package org.chancery.site;
