/**
 * Every test starts in English whatever the machine's locale: the command line reads $LANG, so the variables a child
 * process inherits are set too. A test that wants another language says so (withLocale, --language, a browser locale).
 */
import '../../src/shared/i18n/all-languages';
import { setLocale } from '../../src/shared/i18n';

process.env['LANG'] = 'C.UTF-8';
delete process.env['LC_ALL'];
delete process.env['LC_MESSAGES'];
setLocale('en-US');
