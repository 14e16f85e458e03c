<#-- Sign-in by code, step 1: the address the code goes to (skipped when the app passed login_hint). -->
<#import "template.ftl" as layout>
<#import "field.ftl" as field>
<#import "buttons.ftl" as buttons>
<@layout.registrationLayout displayMessage=!messagesPerField.existsError('email'); section>
    <#if section = "header">
        ${msg("loginCodeTitle")}
    <#elseif section = "form">
        <p id="login-code-intro">${msg("loginCodeAddressIntro")}</p>
        <form id="kc-login-code-address" class="${properties.kcFormClass!}" action="${url.loginAction}" method="post">
            <@field.input name="email" label=msg("email") value=(loginCode.address)!'' autofocus=true autocomplete="email" />
            <@buttons.actionGroup>
                <@buttons.button id="login-code-send" name="send" label="loginCodeSend" class=["kcButtonPrimaryClass", "kcButtonBlockClass"] />
            </@buttons.actionGroup>
        </form>
    </#if>
</@layout.registrationLayout>
