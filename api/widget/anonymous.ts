// What an anonymous visitor hears. No order is read or acted on for someone the panel has
// not vouched for: a question the tenant's knowledge base answers with confidence (above
// knowledgeMinScore, SPEC 10.2) gets the article, cited by its title, and every answer ends
// with how to log in. A knowledge base that cannot be searched leaves the login hint alone.
import type { KnowledgeAnswer, KnowledgeQuestion } from '../../activities/knowledge.js';

const LOGIN_HINT: Record<string, string> = {
  en: 'To check or change your orders, please log in to your account on this site and open the chat again. I can only act on orders of a logged-in customer.',
  ru: 'Чтобы проверить или изменить заказы, войдите в свой аккаунт на этом сайте и откройте чат снова. Я могу работать только с заказами вошедшего клиента.',
  uk: 'Щоб перевірити чи змінити замовлення, увійдіть у свій акаунт на цьому сайті та відкрийте чат знову. Я можу працювати лише із замовленнями клієнта, який увійшов.',
  es: 'Para revisar o cambiar tus pedidos, inicia sesión en tu cuenta de este sitio y vuelve a abrir el chat. Solo puedo actuar sobre pedidos de un cliente con sesión iniciada.',
  pt: 'Para ver ou alterar seus pedidos, entre na sua conta neste site e abra o chat novamente. Só posso agir em pedidos de um cliente conectado.',
  de: 'Um Ihre Bestellungen zu prüfen oder zu ändern, melden Sie sich bitte auf dieser Seite an und öffnen Sie den Chat erneut. Ich kann nur Bestellungen angemeldeter Kunden bearbeiten.',
  fr: 'Pour vérifier ou modifier vos commandes, connectez-vous à votre compte sur ce site puis rouvrez le chat. Je ne peux agir que sur les commandes d\'un client connecté.',
  tr: 'Siparişlerinizi kontrol etmek veya değiştirmek için lütfen bu sitede hesabınıza giriş yapın ve sohbeti yeniden açın. Yalnızca giriş yapmış müşterilerin siparişleriyle ilgilenebilirim.',
};

export interface AnonymousQuestion {
  tenantId: string;
  text: string;
  /** The visitor's browser language, e.g. `ru-RU`. */
  language: string | undefined;
}

export interface KnowledgeSearch {
  answerFromKnowledge(q: KnowledgeQuestion): Promise<KnowledgeAnswer>;
}

export async function answerAnonymousVisitor(
  knowledge: KnowledgeSearch,
  q: AnonymousQuestion,
  log: (meta: Record<string, unknown>, message: string) => void = () => {},
): Promise<string> {
  const lang = (q.language ?? 'en').toLowerCase().slice(0, 2);
  const hint = LOGIN_HINT[lang] ?? LOGIN_HINT.en!;
  try {
    const found = await knowledge.answerFromKnowledge({ tenantId: q.tenantId, question: q.text, language: lang });
    // The article's text starts with its title: the citation the customer sees.
    if (found.decision === 'other.answer') return `${found.text}\n\n${hint}`;
  } catch (err) {
    log({ err: err instanceof Error ? err.message : String(err) }, 'widget: knowledge base unavailable for an anonymous visitor; login hint only');
  }
  return hint;
}
