/** Rate limit resources ({@code rate_limit_resources}) as shareable, thread-safe beans. */
package io.camelbenthos.ratelimit;
