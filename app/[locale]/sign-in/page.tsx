import { AuthPage, type AuthPageProps } from "@/features/auth/components/auth-page";

export default function SignInPage(props: AuthPageProps) {
  return <AuthPage mode="sign-in" {...props} />;
}
