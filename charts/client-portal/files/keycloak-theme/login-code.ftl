<#-- Sign-in by code, step 2: enter the code (or, once locked, only the explanation and a way back). -->
<#import "template.ftl" as layout>
<#import "field.ftl" as field>
<#import "buttons.ftl" as buttons>
<@layout.registrationLayout displayMessage=!messagesPerField.existsError('code'); section>
    <#if section = "header">
        ${msg("loginCodeTitle")}
    <#elseif section = "form">
        <form id="kc-login-code" class="${properties.kcFormClass!}" action="${url.loginAction}" method="post">
            <#if !(loginCode.locked)>
                <@field.input name="code" label=msg("loginCodeLabel") autocomplete="one-time-code" autofocus=true />
                <p id="login-code-validity" class="${properties.kcFormHelperTextClass!}">${msg("loginCodeValidity", loginCode.ttlMinutes)}</p>
                <@buttons.actionGroup>
                    <@buttons.button id="login-code-submit" name="login" label="doLogIn" class=["kcButtonPrimaryClass", "kcButtonBlockClass"] />
                </@buttons.actionGroup>
            </#if>
        </form>
        <#-- Separate forms: a pressed Enter in the code field must submit the code, not these. -->
        <form id="kc-login-code-other" class="${properties.kcFormClass!}" action="${url.loginAction}" method="post">
            <@buttons.actionGroup horizontal=true>
                <#if !(loginCode.locked)>
                    <@buttons.button id="login-code-resend" name="resend" label="loginCodeResend" class=["kcButtonSecondaryClass"] />
                </#if>
                <@buttons.button id="login-code-another-address" name="another-address" label="loginCodeAnotherAddress" class=["kcButtonLinkClass"] />
            </@buttons.actionGroup>
        </form>
    </#if>
</@layout.registrationLayout>
