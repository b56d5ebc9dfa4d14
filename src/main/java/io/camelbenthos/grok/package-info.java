/** Grok expressions (named regular expression macros) as Benthos's {@code grok} processor knows them. */
package io.camelbenthos.grok;
