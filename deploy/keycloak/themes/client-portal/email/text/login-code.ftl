<#ftl output_format="plainText">
${msg("loginCodeBody", code, ttlMinutes)}
