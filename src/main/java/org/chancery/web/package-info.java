/**
 * HTTP plumbing shared by the public site and the console: the render cache of page bytes,
 * security headers, and the one place that turns an HTTP error into a page.
 *
 * <p>Nothing here knows about messages or templates: the site hands in what to render. Handlers
 * and domain types never reach in here for anything but these three jobs.
 */
package org.chancery.web;
