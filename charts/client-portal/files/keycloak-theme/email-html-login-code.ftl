<#import "template.ftl" as layout>
<@layout.emailLayout>
${kcSanitize(msg("loginCodeBodyHtml", code, ttlMinutes))?no_esc}
</@layout.emailLayout>
